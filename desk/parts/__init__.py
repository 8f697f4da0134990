"""Spare parts (domain §2.4): the catalogue, depots and their stock, and parts reserved for
tickets, shipped, delivered and fitted."""

"""How much text each field takes: the chat channel, the desk API and the ticket store agree.

A chat message is read by the NLU model, whose cost grows with its length, so it is kept to a
long report's size; a pasted log goes to the template miner, which streams, so it may be large.
"""

MAX_MESSAGE_CHARS = 20_000  # a chat message or a ticket description
MAX_LOG_CHARS = 10_000_000  # a log pasted with a ticket through the API
MAX_LOG_EXCERPT_CHARS = 20_000  # the head of the log kept on the ticket, beside its summary
MAX_SENDER_CHARS = 64  # a chat conversation's id
# A chat message longer than this is a paste: the desk relays such messages to the assistant
# one at a time, so a burst of pastes cannot hold up everybody's short messages behind them.
LONG_MESSAGE_CHARS = 2_000
LONG_MESSAGE_WAIT_SECONDS = 30
MAX_WATCH_LINE_CHARS = 8_000  # one line the log watcher reads; the rest of a longer one is cut
# A photo or screenshot sent on the chat page (careline/ocr.py): only its text is kept. Phone
# photos are a few MB; the pixel count guards against an image that is small as a file but
# huge once decoded (a decompression bomb), and is checked before any pixel is decoded.
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # e.g. 8000 x 5000; a 12-megapixel phone photo is well below
MAX_SCREENSHOT_TEXT_CHARS = 2_000  # the text read from one image, sent as one chat message
OCR_TIMEOUT_SECONDS = 30
OCR_WAIT_SECONDS = 30  # how long an upload waits while another image is being read

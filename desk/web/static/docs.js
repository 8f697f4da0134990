// The API's interactive documentation, from the desk's own files (no script from elsewhere).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });

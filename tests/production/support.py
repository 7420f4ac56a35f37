"""Reading pages as a browser enforcing our Content Security Policy would."""

from html.parser import HTMLParser

# Script types a browser runs; any other type (application/ld+json) is a data block, which CSP
# does not govern.
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}


class InlineCode(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []
        self.data_blocks = 0
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "style" in attributes:
            self.problems.append(f"style attribute on <{tag}>")
        for name in attributes:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
        if tag == "style":
            self.problems.append("<style> element")
        if tag == "script" and not attributes.get("src"):
            if (attributes.get("type") or "").lower() in EXECUTABLE_SCRIPT_TYPES:
                self._in_inline_script = True
                self.problems.append("inline <script>")
            else:
                self.data_blocks += 1
        for name in ("href", "src", "action"):
            if (attributes.get(name) or "").lower().startswith("javascript:"):
                self.problems.append(f"javascript: URL in <{tag} {name}>")


def inline_code(html):
    """What a strict policy (script-src/style-src 'self') would block in this page, and how
    many data blocks it holds."""
    parser = InlineCode()
    parser.feed(html)
    return parser.problems, parser.data_blocks


def directives(header):
    """{'script-src': ["'self'"], ...} from a Content-Security-Policy header."""
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def png_bytes(size=(64, 48), noise=False):
    """A real PNG (random pixels when `noise`, so it does not compress below a size limit)."""
    import io
    import os

    from PIL import Image

    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (200, 40, 90))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()

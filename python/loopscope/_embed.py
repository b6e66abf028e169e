"""The embed view in a notebook output: the package's standalone page (the
engine inline) in an iframe's ``srcdoc``, opened at the program and options
given, the way the page's share links say them."""

import base64
import html
import itertools
import zlib
from importlib import resources
from urllib.parse import quote

_ids = itertools.count(1)


def _page():
    return resources.files(__package__).joinpath("standalone.html").read_text("utf-8")


def _code(program):
    """The program raw-deflated in unpadded base64url, as share links carry it."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = deflater.compress(program.encode("utf-8")) + deflater.flush()
    return base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def fragment(code=None, *, example=None, step=None, granularity=None, breakpoints=None,
             panels=None, editor=None, theme=None, autoplay=False, speed=None):
    """The embed view's address fragment (``v=1&embed&...``) for these options.

    Values are passed as they are: the page checks them, and a bad one is
    shown in the output as a message naming it (as a bad link is)."""
    parts = ["v=1", "embed"]
    if code is not None:
        parts.append("code=" + _code(code))
    elif example is not None:
        parts.append(f"example={int(example)}")
    else:
        raise ValueError("give the program's code or an example number")
    if step is not None:
        parts.append(f"step={int(step)}")
    if granularity is not None:
        parts.append("granularity=" + quote(str(granularity)))
    if breakpoints:
        parts.append("breakpoints=" + ",".join(str(int(b)) for b in breakpoints))
    if panels is not None:
        names = panels.split(",") if isinstance(panels, str) else list(panels)
        parts.append("panels=" + ",".join(quote(p.strip()) for p in names))
    if editor is not None:
        parts.append("editor=" + quote(str(editor)))
    if theme is not None:
        parts.append("theme=" + quote(str(theme)))
    if autoplay:
        parts.append("autoplay=1")
    if speed is not None:
        parts.append(f"speed={int(speed)}")
    return "&".join(parts)


class Embed:
    """A Loopscope embed; notebooks show it (``_repr_html_``)."""

    def __init__(self, fragment, height=None):
        self.fragment = fragment
        self.height = height

    def page(self):
        """The standalone page, opening at this embed's program and options."""
        page = _page()
        opening = ('<script>history.replaceState(null, "", "about:srcdoc#%s")</script>'
                   % quote(self.fragment, safe="=&,.-_~"))
        at = page.find("<meta charset")
        return page[:at] + opening + page[at:] if at >= 0 else opening + page

    def _repr_html_(self):
        frame = f"loopscope-{next(_ids)}"
        height = int(self.height) if self.height else 640
        # The page tells its content height (postMessage loopscope:resize);
        # where outputs run scripts, the frame follows it.
        return (
            f'<iframe id="{frame}" title="Loopscope: step through this asyncio program" '
            f'style="width:100%;height:{height}px;border:1px solid #d0d5dd;border-radius:8px" '
            f'srcdoc="{html.escape(self.page(), quote=True)}"></iframe>'
            + ("" if self.height else
               "<script>(function(){var f=document.getElementById('%s');"
               "addEventListener('message',function(e){var d=e.data;"
               "if(f&&e.source===f.contentWindow&&d&&d.type==='loopscope:resize'&&typeof d.height==='number')"
               "f.style.height=Math.max(150,Math.min(Math.ceil(d.height)+2,5000))+'px';});})();</script>" % frame)
        )


def show(code=None, *, example=None, step=None, granularity=None, breakpoints=None, panels=None,
         editor=None, theme=None, autoplay=False, speed=None, height=None):
    """An embed of ``code`` (or of example number ``example``) for a notebook.

    ``step`` opens it at that step, ``granularity`` is poll, line or
    iteration; ``breakpoints`` a list of line numbers; ``panels`` some of
    loop, tasks, timeline, console, narration; ``editor`` edit, readonly or
    hidden; ``theme`` light, dark or auto; ``autoplay`` and ``speed`` (1, 2,
    4, 8, 16 or 32 steps a second) play it; ``height`` fixes the frame's
    height in pixels (otherwise it follows its content).
    """
    return Embed(fragment(code, example=example, step=step, granularity=granularity,
                          breakpoints=breakpoints, panels=panels, editor=editor, theme=theme,
                          autoplay=autoplay, speed=speed), height=height)

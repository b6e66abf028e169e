"""The ``%%loopscope`` cell magic."""

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display

from ._embed import show


@magics_class
class LoopscopeMagics(Magics):
    @magic_arguments()
    @argument("--step", type=int, help="open at this step")
    @argument("--granularity", help="poll, line or iteration")
    @argument("--breakpoints", help="line numbers, comma-separated")
    @argument("--panels", help="some of loop,tasks,timeline,console,narration")
    @argument("--editor", help="edit, readonly or hidden")
    @argument("--theme", help="light, dark or auto")
    @argument("--autoplay", action="store_true", help="play it")
    @argument("--speed", type=int, help="steps a second when playing: 1, 2, 4, 8, 16 or 32")
    @argument("--height", type=int, help="the frame's height in pixels")
    @cell_magic
    def loopscope(self, line, cell):
        """Shows the cell's asyncio program in Loopscope, steppable (the
        cell is not run by the kernel)."""
        args = parse_argstring(self.loopscope, line)
        breakpoints = [int(b) for b in args.breakpoints.split(",")] if args.breakpoints else None
        display(show(cell, step=args.step, granularity=args.granularity, breakpoints=breakpoints,
                     panels=args.panels, editor=args.editor, theme=args.theme,
                     autoplay=args.autoplay, speed=args.speed, height=args.height))

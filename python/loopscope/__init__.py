"""Loopscope: step through Python's asyncio event loop on a virtual clock.

The ``loopscope`` command (``run``, ``trace``, ``explain``) comes with this
package. In a notebook::

    %load_ext loopscope

    %%loopscope --step 5
    import asyncio
    ...

or ``loopscope.show(code, step=5)``: the cell's program is shown in the
embed view, inline, stepped by the reader in the output (the engine runs in
the page, from this package: no network, no server, and the kernel's own
running loop is never touched).
"""

from ._embed import Embed, show

__all__ = ["Embed", "show", "load_ipython_extension"]


def load_ipython_extension(ipython):
    """``%load_ext loopscope``: registers the ``%%loopscope`` cell magic."""
    from ._magic import LoopscopeMagics

    ipython.register_magics(LoopscopeMagics)

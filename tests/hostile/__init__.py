"""Hostile inputs, by class: what a colleague's attachment could be built to do.

:mod:`hostile.corpus` generates the inputs (nothing large is committed);
:mod:`hostile.child` runs a command on one of them in a child process under
memory and CPU limits. The tests beside them state each class's bound.
"""

"""The one exception the tool raises for bad input: a message a person can act on."""


class GlossaryError(Exception):
    """Bad input or an unsafe operation; the message names the file (and line) and says what to do.

    The CLI prints it as one line and exits non-zero; the mkdocs plugin turns it into a PluginError.
    """

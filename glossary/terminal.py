"""Text from reports and terms.yml printed in a terminal, with its control characters made visible.

A report or an edited terms.yml can carry ESC and other control characters. Printed as they are,
they would recolour, move the cursor of or retitle the reader's terminal (ANSI escape sequences),
so `lookup` and `review` print them as visible escapes instead; line breaks and tabs stay.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: object) -> str:
    r"""The text with every control character but line break and tab written as \xNN.

    >>> shown("四横\x1b[31m三纵\x07\n下一行")
    '四横\\x1b[31m三纵\\x07\n下一行'
    """
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", str(text))

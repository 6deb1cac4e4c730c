"""Financial products listed by name: 知识产权质押贷、科技孵化贷、研发费用损失险.

Banks and governments coin the names of the loans and insurances they launch, each a few words
of what it finances closed by 贷 (a loan) or 险 (an insurance), and reports list them after the
verb that launches them (开发…、…、…等科技金融产品). A list of two or more such names is the
mark: one word ending in 贷 or 险 alone is as often the everyday 信贷 or 风险.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Occurrence

# the verbs that launch a product, then two or more names closed by 贷 or 险, joined by 、
_PRODUCTS = re.compile("(?:开发|推出|提供|推广|设立|发放)"
                       "((?:[\u4e00-\u9fff]{2,8}?[贷险]、)+[\u4e00-\u9fff]{2,8}?[贷险])(?=[、，。；等和])")
# the everyday words of credit and risk that end the same way: never a product's name
_EVERYDAY = ("信贷", "借贷", "放贷", "贷款", "保险", "风险", "危险")


def product_terms(text: str) -> Iterator[Occurrence]:
    """Yield the names of financial products a report lists after launching them.

    >>> [o.term for o in product_terms("开发知识产权质押贷、科技孵化贷、研发费用损失险等产品，防范金融风险、养老保险。")]
    ['知识产权质押贷', '科技孵化贷', '研发费用损失险']
    """
    for match in _PRODUCTS.finditer(text):
        at = match.start(1)
        for name in match.group(1).split("、"):
            if not name.endswith(_EVERYDAY):
                yield Occurrence(name, at, at + len(name), name, quoted=False)
            at += len(name) + 1

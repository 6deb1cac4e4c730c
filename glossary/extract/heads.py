"""The head noun that belongs to a quoted name: “双停”企业, “6411”产业体系, “1+16”工作方案."""

from __future__ import annotations

from ..language import jieba

_NOUN_TAGS = ("n", "nz", "vn", "nt", "ng", "j")
_LONGEST_HEAD = 6  # 市政主干路网; anything longer is the rest of the sentence
_WINDOW = 12
# nouns that follow a quoted term in the genre without being part of its name: “六稳”工作
_GENERIC = frozenset(
    "工作 任务 问题 要求 精神 目标 理念 成果 水平 能力 作用 方面 领域 建设 发展 服务 活动 "
    "政策 措施 力度 质量 效率 效果 成效 意识 责任 使命 重点 基础 关系 格局 思想 理论 局面 "
    "部署 底线 原则 标准 情况 主题 氛围 态势".split()
)


def head_noun(text: str, pos: int) -> str:
    """The nouns right after `pos` that name what the quoted term is, or ''.

    >>> head_noun("“双停”企业盘活", 4)
    '企业'
    >>> head_noun("“六稳”工作，", 4)
    ''
    """
    words = []
    for word in jieba().posseg.cut(text[pos:pos + _WINDOW]):
        if word.flag not in _NOUN_TAGS or sum(map(len, words)) + len(word.word) > _LONGEST_HEAD:
            break
        words.append((word.word, word.flag))
    while words and words[-1][1] == "vn":  # a head ends on a noun: “双停”企业, not “双停”企业盘活
        words.pop()
    head = "".join(w for w, _ in words)
    return "" if _all_generic(head) else head


def _all_generic(head: str) -> bool:
    if not head:
        return True
    return all(w in _GENERIC for w in jieba().cut(head, HMM=False))

"""Messages in Chinese (the default) and English from one catalogue of templates.

A finding or an unreadable file carries a ``Message``: a template key and its arguments. The text is
rendered in the language an output asks for; arguments that are plain strings are the document's own
words (labels, figures as written, titles) and are never translated.
"""

from __future__ import annotations

import re
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from sbeval.messages.catalogue import TEMPLATES

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
DEFAULT_LANG: Lang = "zh"
_INDEX = {"zh": 0, "en": 1}
_FIELD = re.compile(r"\{(\w+)\}")

Arg = Union[str, "Message"]


class Message(BaseModel):
    """A template of the catalogue with its arguments, then any further messages appended to it."""

    model_config = ConfigDict(frozen=True)

    key: str
    args: dict[str, Arg] = Field(default_factory=dict)
    then: tuple[Message, ...] = ()

    def text(self, lang: Lang = DEFAULT_LANG) -> str:
        values = {name: value.text(lang) if isinstance(value, Message) else value for name, value in self.args.items()}
        head = TEMPLATES[self.key][_INDEX[lang]].format(**values)
        return head + "".join(part.text(lang) for part in self.then)

    def plus(self, *parts: Message | None) -> Message:
        """This message with ``parts`` appended (None parts skipped)."""
        return self.model_copy(update={"then": self.then + tuple(p for p in parts if p is not None)})

    def skeleton(self, lang: Lang) -> str:
        """The text without the document's words: what the catalogue itself contributes."""
        values = {name: value.skeleton(lang) if isinstance(value, Message) else "" for name, value in self.args.items()}
        head = TEMPLATES[self.key][_INDEX[lang]].format(**values)
        return head + "".join(part.skeleton(lang) for part in self.then)

    def document_words(self, lang: Lang) -> list[str]:
        """The plain-string arguments the text in ``lang`` shows, nested ones included."""
        shown = set(_FIELD.findall(TEMPLATES[self.key][_INDEX[lang]]))
        words = [v for k, v in self.args.items() if isinstance(v, str) and k in shown]
        for value in [*(v for k, v in self.args.items() if isinstance(v, Message) and k in shown), *self.then]:
            words += value.document_words(lang)
        return words


Message.model_rebuild()


def msg(key: str, **args: Arg | int) -> Message:
    """``Message(key, args)``; numbers become their decimal text. Unknown keys fail at once."""
    if key not in TEMPLATES:
        raise KeyError(f"no message template {key!r}")
    return Message(key=key, args={name: str(v) if isinstance(v, int) else v for name, v in args.items()})


def say(key: str, lang: Lang = DEFAULT_LANG, **args: Arg | int) -> str:
    """A catalogue text in ``lang`` at once (headers, labels)."""
    return msg(key, **args).text(lang)


__all__ = ["DEFAULT_LANG", "LANGS", "Lang", "Message", "msg", "say"]

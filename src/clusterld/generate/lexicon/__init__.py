"""The languages of synthetic articles, one module each, by language code."""

from __future__ import annotations

from typing import Mapping

from clusterld.generate.language import Language
from clusterld.generate.lexicon import ca, da, de, en, es

LANGS: Mapping[str, Language] = {lang.code: lang for lang in (en.LANGUAGE, ca.LANGUAGE, es.LANGUAGE, de.LANGUAGE, da.LANGUAGE)}

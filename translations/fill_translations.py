#!/usr/bin/env python3
"""Fills the translations in translations/gpufleet_<lang>.ts from the tables in this folder.

    cmake --build <build dir> --target update_translations   # lupdate: new strings appear
    translations/fill_translations.py                         # fill them from table_<lang>.py
    translations/fill_translations.py --check                 # only report, change nothing
    translations/fill_translations.py --unused de             # also list table entries not used

Tables (table_de.py, table_zh_CN.py, table_en.py) map an English source text to its translation:
a string, or for plural (%n, numerus) messages a list of forms (German 2: one, other; Chinese 1;
English 2: one, other). CONTEXT maps (context, source) to a translation where one context needs
different wording. gpufleet_en.ts only gets its plural forms: everything else shows the source.

Every message without a translation is reported (context and source) and the exit status is 1,
so the strings others added since the last run are easy to find. Translations are checked for
the same %1..%9 / %n placeholders, one keyboard accelerator when the source has one, and the same
HTML tags as the source. Edits only the <translation> elements, so lupdate's layout stays.
"""

import argparse
import html
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Language -> number of plural forms (Qt's rules: German one/other, Chinese a single form).
LANGUAGES = {"de": 2, "zh_CN": 1, "en": 2}

CONTEXT_RE = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.S)
MESSAGE_RE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
TRANSLATION_RE = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:n|L?[1-9])")
TAG_RE = re.compile(r"</?(a|b|br|code|div|em|font|h[1-6]|i|img|li|nobr|ol|p|pre|qt|s|small|span|strong|table|td|th|tr|tt|u|ul)\b[^>]*>", re.I)


def load_table(language):
    path = os.path.join(HERE, f"table_{language}.py")
    spec = importlib.util.spec_from_file_location(f"table_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, "TRANSLATIONS", {}), getattr(module, "CONTEXT", {})


def xml_unescape(text):
    return html.unescape(text)


def xml_escape(text):
    # As lupdate writes it.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def accelerators(text):
    # "&&" is a literal ampersand; "&x" marks x as the accelerator.
    return len(re.findall(r"(?<!&)&(?!&)[^&\s]", text.replace("&&", "")))


def problems(source, translation):
    found = []
    if sorted(set(PLACEHOLDER_RE.findall(source))) != sorted(set(PLACEHOLDER_RE.findall(translation))):
        found.append("placeholders differ")
    if accelerators(source) and accelerators(translation) != accelerators(source):
        found.append("accelerator (&) missing or doubled")
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        found.append("HTML tags differ")
    if source.endswith("\n") != translation.endswith("\n"):
        found.append("trailing line break differs")
    return found


def fill_file(path, language, check_only):
    translations, by_context = load_table(language)
    forms_wanted = LANGUAGES[language]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    missing, errors, used = [], [], set()
    filled = 0

    def fill_message(context, match):
        nonlocal filled
        attrs, body = match.group("attrs"), match.group("body")
        numerus = 'numerus="yes"' in attrs
        source = xml_unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        if language == "en" and not numerus:
            return match.group(0)
        key = (context, source)
        value = by_context.get(key, translations.get(source))
        if value is None:
            missing.append(f"{context} | {source!r}" + (" (plural)" if numerus else ""))
            return match.group(0)
        used.add(key if key in by_context else source)
        forms = value if isinstance(value, list) else [value]
        if numerus and len(forms) != forms_wanted:
            errors.append(f"{context} | {source!r}: {len(forms)} plural forms, {language} needs {forms_wanted}")
            return match.group(0)
        if not numerus and isinstance(value, list):
            # tr() without a plural count (lupdate did not mark it numerus): the plural wording.
            forms = forms[-1:]
        for form in forms:
            for problem in problems(source, form):
                # A singular form may say "one" instead of %n ("Eine Instanz").
                if numerus and problem == "placeholders differ" and len(forms) > 1 and form is forms[0] \
                        and set(PLACEHOLDER_RE.findall(source)) - {"%n"} == set(PLACEHOLDER_RE.findall(form)) - {"%n"}:
                    continue
                errors.append(f"{context} | {source!r} -> {form!r}: {problem}")
        indent = re.search(r"\n([ \t]*)<source>", body)
        indent = indent.group(1) if indent else "        "
        if numerus:
            inner = "".join(f"\n{indent}    <numerusform>{xml_escape(f)}</numerusform>" for f in forms)
            translation = f"<translation>{inner}\n{indent}</translation>"
        else:
            translation = f"<translation>{xml_escape(forms[0])}</translation>"
        new_body, count = TRANSLATION_RE.subn(lambda m: translation, body, count=1)
        if count != 1:
            errors.append(f"{context} | {source!r}: no <translation> element")
            return match.group(0)
        if new_body != body:
            filled += 1
        return match.group(1) + new_body + match.group(4)

    def fill_context(match):
        context = xml_unescape(match.group(2))
        messages = MESSAGE_RE.sub(lambda m: fill_message(context, m), match.group(4))
        return match.group(1) + match.group(2) + match.group(3) + messages + match.group(5)

    new_text = CONTEXT_RE.sub(fill_context, text)
    if not check_only and new_text != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new_text)
    unused = sorted(str(key) for key in (set(translations) | set(by_context)) - used)
    return filled, missing, errors, unused


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report only, do not write the .ts files")
    parser.add_argument("--unused", action="store_true", help="also list table entries no message uses")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES), help="de, zh_CN, en (default: all)")
    args = parser.parse_args()
    status = 0
    for language in args.languages:
        path = os.path.join(HERE, f"gpufleet_{language}.ts")
        filled, missing, errors, unused = fill_file(path, language, args.check)
        verb = "would fill" if args.check else "filled"
        print(f"{os.path.basename(path)}: {verb} {filled}, missing {len(missing)}, problems {len(errors)}, "
              f"unused table entries {len(unused)}")
        if args.unused:
            for line in unused:
                print(f"  unused: {line}")
        for line in missing:
            print(f"  missing: {line}")
        for line in errors:
            print(f"  problem: {line}")
        if missing or errors:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())

// RTFToText: the text of an RTF document without its formatting (our reading: no stored
// help page; docs/builtins.md, "Coverage on real code").
rtf is string = [
{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\colortbl ;\red255\green0\blue0;}
{\*\generator Riched20;}\f0\fs20 Dear \b John\b0 ,\par Caf\'e9 \u8364? 5\tab net\par\par}
]
t is string = RTFToText(rtf)
Trace(ExtractString(t, 1, CR)) // expect: Dear John,
Trace(Replace(ExtractString(t, 2, CR), TAB, "|")) // expect: Café € 5|net
Trace(StringCount(t, CR)) // expect: 1
Trace(RTFToText("plain text"), "[" + RTFToText("") + "]") // expect: plain text, []
Trace(RTFToText("{\rtf1 a\{b\}c}")) // expect: a{b}c

// NumberInWords, SizeToString and Nation (docs/builtins.md, "Words, characters, numbers in words")
Nation(nationEnglish)
Trace(Nation() = nationEnglish) // expect: 1
Trace(NumberInWords(0), NumberInWords(7), NumberInWords(15), NumberInWords(42)) // expect: zero, seven, fifteen, forty-two
Trace(NumberInWords(105), NumberInWords(1981)) // expect: one hundred five, one thousand nine hundred eighty-one
Trace(NumberInWords(2000000), NumberInWords(1000000000)) // expect: two million, one billion
Trace(NumberInWords(-12.05), NumberInWords(3.5)) // expect: minus twelve point zero five, three point five
Trace(NumberInWords(21, nationFrench)) // expect: vingt et un
Trace(SizeToString(0), SizeToString(532), SizeToString(1536), SizeToString(5 * 1024 * 1024), SizeToString(1024 * 1024 * 1024)) // expect: 0 B, 532 B, 1.5 KB, 5 MB, 1 GB
old is int = Nation(nationFrench)
Trace(old = nationEnglish, NumberInWords(80)) // expect: 1, quatre-vingts
NumberInWords(1e30) // expect error: too large to be written in words

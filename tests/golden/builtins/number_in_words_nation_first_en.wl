// NumberInWords and SizeToString write in the language Nation chose, whichever name
// calls them; called by their French name with no Nation chosen, in French, as the day
// and month names are (docs/builtins.md "The language of NumberInWords and
// SizeToString"; the French name followed the environment's locale).
Nation(nationEnglish)
curAmount is currency = 1234.56
Trace(NumberInWords(curAmount)) // expect: one thousand two hundred thirty-four point five six
Trace(NombreEnLettres(80), TailleVersChaîne(1536)) // expect: eighty, 1.5 KB
Trace(NumberInWords(21, nationFrench)) // expect: vingt et un
Nation(nationFrench)
Trace(NumberInWords(80), SizeToString(1536)) // expect: quatre-vingts, 1,5 Ko

// the options of an associative array: a word that names none is ignored, said by WL207
aaHits is associative array (WithoutCase) of int // warning: WL207:1 'WithoutCase' is no option of an associative array (the options are ccIgnoreCase, ccIgnoreAccent, WithDuplicates...): it is ignored
aaNames is associative array (ccIgnoreCase + WithDuplicates, 0, wlInt) of string
aaPrices is associative array (*, *, wlString) of currency
aaHits["a"] = 1
aaNames[1] = "x"
aaPrices["k"] = 2
Trace(aaHits["a"], aaNames[1], aaPrices["k"])

// Compile written in any case still makes its procedure callable by name: the check
// and the compiler find the call whatever its case (CoMPile went unseen: WL102)
Trace(CoMPile("Twice", "PROCEDURE Twice(x is int)" + CR + "RESULT x * 2"))   // expect:
Trace(Twice(21))   // expect: 42

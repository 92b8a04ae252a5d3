// An immutable array's elements and an immutable structure's members are part of the
// value its declaration gives: assigning one is refused before the program runs, as
// `x = 6` is (docs/semantics.md "An immutable variable's parts, arguments and
// indirections"). Before, t[1] became 5 without a word.
Price is Structure
  nAmount is int
END
arrRates is array of int <immutable> = [5, 10]
stBase is Price <immutable>
Trace(arrRates[1] + stBase.nAmount)
arrRates[1] = 7 // expect error: cannot change 'arrRates': it is declared immutable, its value is the one its declaration gives (an element of it assigned)

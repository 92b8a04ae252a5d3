// FOR EACH over an array declared <immutable> walks its elements themselves: the loop's
// variable stands for each one, so assigning it or a member of it would change the array,
// and is refused before the program runs, as `arrStock[1].nQty = 5` is. Reading them runs.
// Before, both were silent and wrote through (arrStock[1].nQty became 5).
STItem is Structure
	nQty is int
END
stFirst is STItem
stFirst.nQty = 2
arrStock is array of STItem <immutable> = [stFirst]
nTotal is int
FOR EACH stItem OF arrStock
	nTotal += stItem.nQty
END
Trace(nTotal)
FOR EACH stItem OF arrStock
	stItem.nQty = 5 // expect error: cannot change 'stItem': it stands for an element of 'arrStock', which is declared immutable: its value is the one its declaration gives (a member of it assigned)
END

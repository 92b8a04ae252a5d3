// An immutable variable changed through a call or a loop: a FOR EACH variable walking an
// immutable array (it is each element), a method or a procedure chain assigning the
// parameter it is given, a method assigning a member of an immutable object. What only
// reads, copies (LOCAL) or runs on another variable is no diagnostic.
STItem is Structure
  nQty is int
END
CBox is Class
  m_nSize is int
END
CPlain is Class
END
st is STItem
arrItems is array of STItem <immutable> = [st]
arrNums is array of int <immutable> = [1, 2]
arrFree is array of int = [1]
oBox is CBox <immutable>
oOther is CBox
oPlain is CPlain
FOR EACH stItem OF arrItems
  Trace(stItem.nQty)
  stItem.nQty = 5 // error: WL106:3 cannot change 'stItem': it stands for an element of 'arrItems', which is declared immutable: its value is the one its declaration gives (a member of it assigned)
END
FOR EACH n OF arrNums
  n = 3 // error: WL106:3 cannot assign to 'n': it stands for an element of 'arrNums', which is declared immutable: its value is the one its declaration gives
END
FOR EACH n OF arrFree
  n = 3
END
n = 4
oPlain.Swap(arrNums) // error: WL106:13 cannot change 'arrNums': it is declared immutable, its value is the one its declaration gives (passed by reference to Swap, which assigns its parameter 'v')
oPlain.Look(arrNums)
oPlain.Copy(arrNums)
Outer(arrNums) // error: WL106:7 cannot change 'arrNums': it is declared immutable, its value is the one its declaration gives (passed by reference to Outer, which passes its parameter 'v' on to Inner, which assigns it)
Reader(arrNums)
oBox.Grow(2) // error: WL106:1 cannot change 'oBox': it is declared immutable, its value is the one its declaration gives (its method Grow assigns its member 'm_nSize')
oBox.Shadow(2)
oBox.Size()
oOther.Grow(2)

PROCEDURE CPlain.Swap(v)
v = [0]

PROCEDURE CPlain.Look(v)
Trace(ArrayCount(v))

PROCEDURE CPlain.Copy(LOCAL v)
v = [0]

PROCEDURE Outer(v)
Inner(v)

PROCEDURE Inner(w)
w = [9]

PROCEDURE Reader(v)
Trace(v[1])

PROCEDURE CBox.Grow(n is int)
m_nSize += n

PROCEDURE CBox.Shadow(n is int)
m_nSize is int = n
Trace(m_nSize)

PROCEDURE CBox.Size()
RESULT m_nSize

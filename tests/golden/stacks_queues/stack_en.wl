// Help 1514022 / 1000017366: pushed 1, 2, 3, popped 3, 2, 1.
MyStack is Stack of int
Push(MyStack, 1)
Push(MyStack, 2)
Push(MyStack, 3)
Trace(MyStack.Occurrence, MyStack.Empty)   // expect: 3, 0
x is int
WHILE Pop(MyStack, x)
    Trace(x)
END
// expect: 3
// expect: 2
// expect: 1
Trace(MyStack.Empty, Pop(MyStack, x), x)   // expect: 1, 0, 1
// the element type converts what is pushed
Push(MyStack, "41")
MyStack.Push(1)
FOR EACH v OF MyStack
    Trace(v + 1)
END
// expect: 2
// expect: 42
// the method syntax (help 1000019589) and Pop without a variable
Trace(MyStack.Pop(x), x)   // expect: 1, 1
Trace(MyStack.Pop(), MyStack.Occurrence)   // expect: 1, 0
// a copy is a copy
Push(MyStack, 7)
Other is Stack of int = MyStack
Push(Other, 8)
Trace(MyStack..Occurrence, Other..Occurrence)   // expect: 1, 2
DeleteAll(Other)
Trace(Other.Empty)   // expect: 1
// stacks of arrays
Boxes is Stack of array of string
t is array of string = ["a", "b"]
Push(Boxes, t)
t[1] = "changed"
u is array of string
Pop(Boxes, u)
Trace(u[1], ArrayCount(u))   // expect: a, 2
// AdditionCompleted: nothing more can be pushed
MyStack.AdditionCompleted = True
Push(MyStack, 9)   // expect error: AdditionCompleted is True

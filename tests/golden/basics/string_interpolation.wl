// "[% expr %]" inside a string is replaced by the value of expr ([?1512011])
sName is string = "Anne"
n is int = 3
Trace("Hello [%sName%], you have [% n + 1 %] messages") // expect: Hello Anne, you have 4 messages
Trace("no [% closing") // expect: no [% closing

// A property a number or a boolean does not have (`n..Foo`): the run stops there ("A
// value of type integer has no property 'Foo'."); the check said nothing, as it said
// for dates and strings already. ..Value and ..Type are read.
n is int = 3
r is real = 1.5
b is boolean = True
c is currency = 2.5
Trace(n..Value, n..Type, b..Value)
Trace(n..Lenght) // error: WL109:10 A value of type integer has no property 'Lenght'
Trace(r..Year) // error: WL109:10 A value of type real has no property 'Year'
Trace(b..Foo) // error: WL109:10 A value of type boolean has no property 'Foo'
Trace(c..Bar) // error: WL109:10 A value of type currency has no property 'Bar'
num is numeric = 2.5
Trace(num..Bar) // error: WL109:12 A value of type numeric has no property 'Bar'

// A property a Buffer does not have, read with `..` or `.`: WL109 naming a Buffer, the run's
// words where it stops (check said nothing; the run said "A string has no property")
bufData is Buffer = "abc"
Trace(bufData..Size, bufData..Length)
Trace(bufData..Colour) // error: WL109:16 A Buffer has no property 'Colour'
Trace(bufData.Colour) // error: WL109:15 A Buffer has no property 'Colour'

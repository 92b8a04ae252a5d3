// EndProgram with a message, a title and the closing-codes boolean (the EndService page
// ?1000018711 names the message and the last boolean): the message goes to stderr, the
// script stops
Trace("before")  // expect: before
EndProgram("The activation key is wrong", "Limitation", False) // expect stderr: The activation key is wrong
Trace("never shown")

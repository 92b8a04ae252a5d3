// Help page "Character (Variable type)" (help.windev.com ?1000024442): its example, the
// TypeVar value and the default value the page states (a Character was a string: TypeVar
// gave wlString and an unassigned one was "").
MyCharacter is character
MyCharacter = "D"
Trace(MyCharacter)
// expect: D
// For a character, TypeVar returns the wlCharacter constant (value: 81)
Trace(TypeVar(MyCharacter), wlCharacter, MyCharacter..Type = wlCharacter)
// expect: 81, 81, 1
// A declared and uninitialized Character variable corresponds to Charact(0)
NotAssigned is character
Trace(NotAssigned = Charact(0), Asc(NotAssigned), Length(NotAssigned))
// expect: 1, 0, 1
// Ours (decided, docs/semantics.md): a longer text keeps its first character
MyCharacter = "Dublin"
Trace(MyCharacter, Length(MyCharacter), MyCharacter + "ublin")
// expect: D, 1, Dublin

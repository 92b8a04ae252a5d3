// A secure random or a buffer's reading function given a real literal where the help
// types an integer (a bound, a size, a position): the run truncates it toward zero, so
// the check says the decimal part is lost (WL206).
Trace(CryptoRandomInteger(1, 1.5)) // warning: WL206:30 CryptoRandomInteger expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
Trace(Length(GeneratePassword(8.7))) // warning: WL206:31 GeneratePassword expects an integer as parameter 1: 8.7 is read as 8, its decimal part is lost
Trace(Length(CryptoRandomBuffer(4)))

// A multi-line text whose first line starts with a number followed by a word (an
// address, a count, a numbered list) is text: no array item starts so. A number with a
// duration unit or an operator word stays an array item (docs/semantics.md, "Multi-line
// strings")
sBody is string
sBody = [
	3 items were shipped today.
	Thank you for your order.
]
Trace(Replace(sBody, CR, " | "))
sAddress is string =
[
	12 Baker Street
	London NW1 6XE
]
Trace(Length(sAddress), ExtractString(sAddress, 2, CR))
sMenu is string = [
1. Open
2. Save
]
Trace(ExtractString(sMenu, 2, CR))
arrWaits is array of Duration = [
	3 min, 45 s
]
Trace(arrWaits[1]..InSeconds + arrWaits[2]..InSeconds)
arrFlags is array of boolean = [
	1 AND 0, 1 OR 0
]
Trace(arrFlags[1], arrFlags[2])
// expect: 3 items were shipped today. | Thank you for your order.
// expect: 31, London NW1 6XE
// expect: 2. Save
// expect: 225
// expect: 0, 1

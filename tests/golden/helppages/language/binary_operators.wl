// Help page "Binary operators" (doc.windev.com ?1512009): its shift examples as the page
// writes them, with a Trace of each stated result, then its binary AND, OR, exclusive OR
// (`||`) and NOT on values of ours, in both the operator and the function forms.
Trace(bitLeftShift(4,1)) // Returns 8
// expect: 8
Trace(bitRightShift(4,2)) // Returns 1
// expect: 1
// The bits that exceed the size of <Value 1> are ignored
Trace(bitLeftShift(4,30)) // Returns 0
// expect: 0
Trace(bitRightShift(4,4)) // Returns 0
// expect: 0
// <Value 2> greater than the size of <Value 1>: always 0
Trace(bitLeftShift(4,35)) // Returns 0
// expect: 0
Trace(4 bitLeftShift 1, 4 bitRightShift 2)
// expect: 8, 1
Trace(12 & 10, 12 | 10, 12 || 10, ~0)
// expect: 8, 14, 6, -1
Trace(BinaryAND(12, 10), BinaryOR(12, 10), BinaryXOR(12, 10), BinaryNOT(0))
// expect: 8, 14, 6, -1
// The result's width follows the page's type table: an 8-byte integer value shifts
// within 64 bits (it was cut to 32: bitLeftShift(n8, 35) gave 0)
n8 is int on 8 bytes = 4
Trace(bitLeftShift(n8, 35), n8 bitLeftShift 35, bitLeftShift(n8, 64))
// expect: 137438953472, 137438953472, 0
n4 is int = 4
Trace(bitLeftShift(n4, 35), ~n4, ~n8)
// expect: 0, -5, -5

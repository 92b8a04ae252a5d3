// A chain of 60 procedures, each calling the next one (defined after it), and another
// of 60 whose callee is defined before it: a call compiles its callee first for its
// return type (compiler/specialize.py), at most 12 procedures deep; past that, in its
// place or at its first call. The load stopped with "the code nests too deeply here
// to be compiled (7 levels ...)" at a plain call (50 procedures were enough).
Trace(Step1(0)) // expect: 59
Trace(Back60(1)) // expect: 60
Trace(Step1(10) + 1) // expect: 70

PROCEDURE Step1(n)
RESULT Step2(n + 1)
PROCEDURE Step2(n)
RESULT Step3(n + 1)
PROCEDURE Step3(n)
RESULT Step4(n + 1)
PROCEDURE Step4(n)
RESULT Step5(n + 1)
PROCEDURE Step5(n)
RESULT Step6(n + 1)
PROCEDURE Step6(n)
RESULT Step7(n + 1)
PROCEDURE Step7(n)
RESULT Step8(n + 1)
PROCEDURE Step8(n)
RESULT Step9(n + 1)
PROCEDURE Step9(n)
RESULT Step10(n + 1)
PROCEDURE Step10(n)
RESULT Step11(n + 1)
PROCEDURE Step11(n)
RESULT Step12(n + 1)
PROCEDURE Step12(n)
RESULT Step13(n + 1)
PROCEDURE Step13(n)
RESULT Step14(n + 1)
PROCEDURE Step14(n)
RESULT Step15(n + 1)
PROCEDURE Step15(n)
RESULT Step16(n + 1)
PROCEDURE Step16(n)
RESULT Step17(n + 1)
PROCEDURE Step17(n)
RESULT Step18(n + 1)
PROCEDURE Step18(n)
RESULT Step19(n + 1)
PROCEDURE Step19(n)
RESULT Step20(n + 1)
PROCEDURE Step20(n)
RESULT Step21(n + 1)
PROCEDURE Step21(n)
RESULT Step22(n + 1)
PROCEDURE Step22(n)
RESULT Step23(n + 1)
PROCEDURE Step23(n)
RESULT Step24(n + 1)
PROCEDURE Step24(n)
RESULT Step25(n + 1)
PROCEDURE Step25(n)
RESULT Step26(n + 1)
PROCEDURE Step26(n)
RESULT Step27(n + 1)
PROCEDURE Step27(n)
RESULT Step28(n + 1)
PROCEDURE Step28(n)
RESULT Step29(n + 1)
PROCEDURE Step29(n)
RESULT Step30(n + 1)
PROCEDURE Step30(n)
RESULT Step31(n + 1)
PROCEDURE Step31(n)
RESULT Step32(n + 1)
PROCEDURE Step32(n)
RESULT Step33(n + 1)
PROCEDURE Step33(n)
RESULT Step34(n + 1)
PROCEDURE Step34(n)
RESULT Step35(n + 1)
PROCEDURE Step35(n)
RESULT Step36(n + 1)
PROCEDURE Step36(n)
RESULT Step37(n + 1)
PROCEDURE Step37(n)
RESULT Step38(n + 1)
PROCEDURE Step38(n)
RESULT Step39(n + 1)
PROCEDURE Step39(n)
RESULT Step40(n + 1)
PROCEDURE Step40(n)
RESULT Step41(n + 1)
PROCEDURE Step41(n)
RESULT Step42(n + 1)
PROCEDURE Step42(n)
RESULT Step43(n + 1)
PROCEDURE Step43(n)
RESULT Step44(n + 1)
PROCEDURE Step44(n)
RESULT Step45(n + 1)
PROCEDURE Step45(n)
RESULT Step46(n + 1)
PROCEDURE Step46(n)
RESULT Step47(n + 1)
PROCEDURE Step47(n)
RESULT Step48(n + 1)
PROCEDURE Step48(n)
RESULT Step49(n + 1)
PROCEDURE Step49(n)
RESULT Step50(n + 1)
PROCEDURE Step50(n)
RESULT Step51(n + 1)
PROCEDURE Step51(n)
RESULT Step52(n + 1)
PROCEDURE Step52(n)
RESULT Step53(n + 1)
PROCEDURE Step53(n)
RESULT Step54(n + 1)
PROCEDURE Step54(n)
RESULT Step55(n + 1)
PROCEDURE Step55(n)
RESULT Step56(n + 1)
PROCEDURE Step56(n)
RESULT Step57(n + 1)
PROCEDURE Step57(n)
RESULT Step58(n + 1)
PROCEDURE Step58(n)
RESULT Step59(n + 1)
PROCEDURE Step59(n)
RESULT Step60(n + 1)
PROCEDURE Step60(n)
RESULT n
PROCEDURE Back1(n is int)
RESULT n
PROCEDURE Back2(n is int)
RESULT Back1(n) + 1
PROCEDURE Back3(n is int)
RESULT Back2(n) + 1
PROCEDURE Back4(n is int)
RESULT Back3(n) + 1
PROCEDURE Back5(n is int)
RESULT Back4(n) + 1
PROCEDURE Back6(n is int)
RESULT Back5(n) + 1
PROCEDURE Back7(n is int)
RESULT Back6(n) + 1
PROCEDURE Back8(n is int)
RESULT Back7(n) + 1
PROCEDURE Back9(n is int)
RESULT Back8(n) + 1
PROCEDURE Back10(n is int)
RESULT Back9(n) + 1
PROCEDURE Back11(n is int)
RESULT Back10(n) + 1
PROCEDURE Back12(n is int)
RESULT Back11(n) + 1
PROCEDURE Back13(n is int)
RESULT Back12(n) + 1
PROCEDURE Back14(n is int)
RESULT Back13(n) + 1
PROCEDURE Back15(n is int)
RESULT Back14(n) + 1
PROCEDURE Back16(n is int)
RESULT Back15(n) + 1
PROCEDURE Back17(n is int)
RESULT Back16(n) + 1
PROCEDURE Back18(n is int)
RESULT Back17(n) + 1
PROCEDURE Back19(n is int)
RESULT Back18(n) + 1
PROCEDURE Back20(n is int)
RESULT Back19(n) + 1
PROCEDURE Back21(n is int)
RESULT Back20(n) + 1
PROCEDURE Back22(n is int)
RESULT Back21(n) + 1
PROCEDURE Back23(n is int)
RESULT Back22(n) + 1
PROCEDURE Back24(n is int)
RESULT Back23(n) + 1
PROCEDURE Back25(n is int)
RESULT Back24(n) + 1
PROCEDURE Back26(n is int)
RESULT Back25(n) + 1
PROCEDURE Back27(n is int)
RESULT Back26(n) + 1
PROCEDURE Back28(n is int)
RESULT Back27(n) + 1
PROCEDURE Back29(n is int)
RESULT Back28(n) + 1
PROCEDURE Back30(n is int)
RESULT Back29(n) + 1
PROCEDURE Back31(n is int)
RESULT Back30(n) + 1
PROCEDURE Back32(n is int)
RESULT Back31(n) + 1
PROCEDURE Back33(n is int)
RESULT Back32(n) + 1
PROCEDURE Back34(n is int)
RESULT Back33(n) + 1
PROCEDURE Back35(n is int)
RESULT Back34(n) + 1
PROCEDURE Back36(n is int)
RESULT Back35(n) + 1
PROCEDURE Back37(n is int)
RESULT Back36(n) + 1
PROCEDURE Back38(n is int)
RESULT Back37(n) + 1
PROCEDURE Back39(n is int)
RESULT Back38(n) + 1
PROCEDURE Back40(n is int)
RESULT Back39(n) + 1
PROCEDURE Back41(n is int)
RESULT Back40(n) + 1
PROCEDURE Back42(n is int)
RESULT Back41(n) + 1
PROCEDURE Back43(n is int)
RESULT Back42(n) + 1
PROCEDURE Back44(n is int)
RESULT Back43(n) + 1
PROCEDURE Back45(n is int)
RESULT Back44(n) + 1
PROCEDURE Back46(n is int)
RESULT Back45(n) + 1
PROCEDURE Back47(n is int)
RESULT Back46(n) + 1
PROCEDURE Back48(n is int)
RESULT Back47(n) + 1
PROCEDURE Back49(n is int)
RESULT Back48(n) + 1
PROCEDURE Back50(n is int)
RESULT Back49(n) + 1
PROCEDURE Back51(n is int)
RESULT Back50(n) + 1
PROCEDURE Back52(n is int)
RESULT Back51(n) + 1
PROCEDURE Back53(n is int)
RESULT Back52(n) + 1
PROCEDURE Back54(n is int)
RESULT Back53(n) + 1
PROCEDURE Back55(n is int)
RESULT Back54(n) + 1
PROCEDURE Back56(n is int)
RESULT Back55(n) + 1
PROCEDURE Back57(n is int)
RESULT Back56(n) + 1
PROCEDURE Back58(n is int)
RESULT Back57(n) + 1
PROCEDURE Back59(n is int)
RESULT Back58(n) + 1
PROCEDURE Back60(n is int)
RESULT Back59(n) + 1

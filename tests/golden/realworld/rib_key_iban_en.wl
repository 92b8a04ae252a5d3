// The French RIB key and IBAN built from a bank account number: the account's letters
// turned into digits (SWITCH on ranges of letters), the key by modulo 97 on an 8-byte
// integer, the IBAN checked by modulo 97 on a 30-digit number written in a string (in
// pieces of 7 digits, as everyone codes it) and by a 38-digit numeric.
sBank is string = "30004"
sBranch is string = "00823"
sAccount is string = "0001234567B"
sAccountDigits is string = AccountAsDigits(sAccount)
Trace(sAccountDigits) // expect: 00012345672
nKey is int = RIBKey(sBank, sBranch, sAccountDigits)
Trace(Complete(NumToString(nKey), 2, "0"), NumToString(nKey, "02d")) // expect: 37, 37
sBBAN is string = sBank + sBranch + sAccount + NumToString(nKey, "02d")
sIBAN is string = IBANFromBBAN("FR", sBBAN)
Trace(sIBAN) // expect: FR9630004008230001234567B37
Trace(Modulo97(IBANDigits(Middle(sIBAN, 5) + Left(sIBAN, 4)))) // expect: 1
// the same with a numeric (38 digits): the text itself stored into it (Val's result would
// go through a real, 15 digits: ?1514072)
nBig is numeric = IBANDigits(Middle(sIBAN, 5) + Left(sIBAN, 4))
Trace(Modulo(nBig, 97), nBig % 97) // expect: 1, 1

PROCEDURE AccountAsDigits(LOCAL sAcc is string) : string
// A,J=1 B,K,S=2 C,L,T=3 D,M,U=4 E,N,V=5 F,O,W=6 G,P,X=7 H,Q,Y=8 I,R,Z=9
sResult is string
FOR i = 1 _TO_ Length(sAcc)
	c is string = Upper(sAcc[[i]])
	IF c IN ("0","1","2","3","4","5","6","7","8","9") THEN
		sResult += c
	ELSE
		nPos is int = Asc(c) - Asc("A")
		SWITCH c
			CASE "A" TO "I" : sResult += (nPos + 1)
			CASE "J" TO "R" : sResult += (nPos - 8)
			OTHER CASE : sResult += (nPos - 16)
		END
	END
END
RESULT sResult

PROCEDURE RIBKey(sB, sBr, sAcc)
nRest is 8-byte int = (89 * Val(sB) + 15 * Val(sBr) + 3 * Val(sAcc)) modulo 97
RESULT 97 - nRest

PROCEDURE IBANDigits(LOCAL s is string)
sNum is string
FOR i = 1 _TO_ Length(s)
	c is character = s[[i]]
	IF c >= "A" AND c <= "Z" THEN
		sNum += Asc(c) - 55
	ELSE
		sNum += c
	END
END
RESULT sNum

PROCEDURE Modulo97(LOCAL sNumber is string) : int
nRest is int = 0
WHILE sNumber <> ""
	sPiece is string = NumToString(nRest) + Left(sNumber, 7)
	sNumber = Middle(sNumber, 8)
	nRest = Val(sPiece) % 97
END
RESULT nRest

PROCEDURE IBANFromBBAN(sCountry, sBBANText)
nCheck is int = 98 - Modulo97(IBANDigits(sBBANText + sCountry + "00"))
RESULT sCountry + NumToString(nCheck, "02d") + sBBANText

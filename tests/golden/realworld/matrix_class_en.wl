// A matrix class with "operator" methods (Plus, Times, Transposed, EqualTo), a GLOBAL
// method building the identity, dimensions refused by ExceptionThrow and read by
// ExceptionInfo (method b, L 6 Dec 2026: passes as written; French twin:
// matrice_classe_fr.wl).
CMatrix is Class
	PRIVATE
	m_nRows is int
	m_nCols is int
	m_arrValues is array of 0 by 0 reals
	PUBLIC
	CONSTANT EPSILON = 0.000001
END
mA is CMatrix(2, 3)
mA.Set(1, 1, 1) ; mA.Set(1, 2, 2) ; mA.Set(1, 3, 3)
mA.Set(2, 1, 4) ; mA.Set(2, 2, 5) ; mA.Set(2, 3, 6)
mT is CMatrix dynamic = mA.Transposed()
Trace(mT.Rows(), mT.Cols()) // expect: 3, 2
mP is CMatrix dynamic = mA.Times(mT)
Trace(mP.ToString())
// expect:  14.0  32.0
// expect:  32.0  77.0
mI is CMatrix dynamic = CMatrix::Identity(2)
Trace(mP.Times(mI).EqualTo(mP)) // expect: 1
mS is CMatrix dynamic = mI.Plus(mI)
Trace(mS.Get(1,1), mS.Get(1,2), mS.get(2,2)) // expect: 2, 0, 2
WHEN EXCEPTION IN
	mA.Times(mA)
DO
	Trace("Error " + ExceptionInfo(errCode) + ": " + ExceptionInfo(errMessage)) // expect: Error 3: Product impossible: 2x3 by 2x3
END
WHEN EXCEPTION IN
	mA.Set(3, 1, 0)
DO
	Trace(ExceptionInfo(errMessage)) // expect: Cell (3,1) outside the 2x3 matrix
END

PROCEDURE CMatrix::Constructor(nRows is int, nCols is int)
:m_nRows = nRows
:m_nCols = nCols
Dimension(:m_arrValues, nRows, nCols)

PROCEDURE CMatrix::Rows() : int
RESULT m_nRows

PROCEDURE CMatrix::Cols()
RESULT m_nCols

PROCEDURE CMatrix::Set(nR is int, nC is int, rValue is real)
IF nR < 1 OR nR > m_nRows OR nC < 1 OR nC > m_nCols THEN
	ExceptionThrow(1, StringBuild("Cell (%1,%2) outside the %3x%4 matrix", nR, nC, m_nRows, m_nCols))
END
m_arrValues[nR, nC] = rValue

PROCEDURE CMatrix::Get(nR, nC)
RESULT m_arrValues[nR, nC]

PROCEDURE GLOBAL CMatrix::Identity(n is int) : CMatrix dynamic
mRes is CMatrix dynamic = new CMatrix(n, n)
FOR i = 1 _TO_ n
	mRes.Set(i, i, 1)
END
RESULT mRes

PROCEDURE CMatrix::Plus(mOther is CMatrix) : CMatrix dynamic
IF mOther.Rows() <> m_nRows OR mOther.Cols() <> m_nCols THEN
	ExceptionThrow(2, "Dimensions do not match for an addition")
END
mRes is CMatrix dynamic = new CMatrix(m_nRows, m_nCols)
FOR i = 1 TO m_nRows
	FOR j = 1 TO m_nCols
		mRes.Set(i, j, m_arrValues[i, j] + mOther.Get(i, j))
	END
END
RESULT mRes

PROCEDURE CMatrix::Times(mOther is CMatrix) : CMatrix dynamic
IF m_nCols <> mOther.Rows() THEN
	ExceptionThrow(3, StringBuild("Product impossible: %1x%2 by %3x%4", m_nRows, m_nCols, mOther.Rows(), mOther.Cols()))
END
mRes is CMatrix dynamic = new CMatrix(m_nRows, mOther.Cols())
rSum is real
FOR i = 1 TO m_nRows
	FOR j = 1 TO mOther.Cols()
		rSum = 0
		FOR k = 1 TO m_nCols
			rSum += m_arrValues[i, k] * mOther.Get(k, j)
		END
		mRes.Set(i, j, rSum)
	END
END
RESULT mRes

PROCEDURE CMatrix::Transposed() : CMatrix dynamic
mRes is CMatrix dynamic = new CMatrix(m_nCols, m_nRows)
FOR i = 1 TO m_nRows
	FOR j = 1 TO m_nCols
		mRes.Set(j, i, m_arrValues[i, j])
	END
END
RESULT mRes

PROCEDURE CMatrix::EqualTo(mOther is CMatrix) : boolean
IF mOther.Rows() <> m_nRows OR mOther.Cols() <> m_nCols THEN RESULT False
FOR i = 1 TO m_nRows
	FOR j = 1 TO m_nCols
		IF Abs(m_arrValues[i, j] - mOther.Get(i, j)) > EPSILON THEN RESULT False
	END
END
RESULT True

PROCEDURE CMatrix::ToString()
sRes is string
FOR i = 1 TO m_nRows
	sLine is string = ""
	FOR j = 1 TO m_nCols
		sLine += [" "] + NumToString(m_arrValues[i, j], "5.1f")
	END
	sRes += [CR] + sLine
END
RESULT sRes

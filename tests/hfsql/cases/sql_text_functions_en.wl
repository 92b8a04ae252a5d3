// Text functions of hand-written SQL, one result on SQLite and PostgreSQL: REPLACE and
// POSITION on a text key stopped the query on PostgreSQL ("nondeterministic collations
// are not supported for substring searches"), INSTR was unknown there; LPAD, RPAD,
// CHAR_LENGTH and POSITION were unknown to SQLite; UCASE/LCASE to both. docs/hfsql.md
// "HFSQL's SQL translated" (decided, INFERRED).
FOR EACH sName OF ["Dupont", "Smith"]
	HReset(Customer)
	Customer.Name = sName
	Customer.City = "York"
	HAdd(Customer)
END
// a customer code and a label, as an export builds them
QRY is Data Source
HExecuteSQLQuery(QRY, [
	SELECT LPAD(CAST(CustomerID AS VARCHAR(10)), 6, '0') AS sCode,
	       RPAD(Name, 8, '.') || '|' AS sLabel, REPLACE(Name, 'u', 'U') AS sRep,
	       POSITION('t' IN Name) AS nPos, INSTR(Name, 'o') AS nAt,
	       CHAR_LENGTH(Name) AS nLen, UCASE(Name) AS sUp, LCASE(City) AS sLow,
	       LPAD(Name, 3) AS sCut
	FROM Customer
	ORDER BY Name
])
FOR EACH QRY
	Trace(QRY.sCode, QRY.sLabel, QRY.sRep, QRY.nPos, QRY.nAt, QRY.nLen, QRY.sUp, QRY.sLow, QRY.sCut)
END
// expect: 000001, Dupont..|, DUpont, 6, 4, 6, DUPONT, york, Dup
// expect: 000002, Smith...|, Smith, 4, 0, 5, SMITH, york, Smi
// REPLACE in an UPDATE, on the key itself
HExecuteSQLQuery(QRY, "UPDATE Customer SET Name = REPLACE(Name, 'Smith', 'Smyth')")
Trace(HReadSeekFirst(Customer, Name, "smyth"))           // expect: 1
Trace(HExecuteSQLQuery(QRY, "SELECT 'POSITION(x IN y)' AS s, LPAD('7', 3, 'ab') AS p FROM Customer"))   // expect: 1
HReadFirst(QRY)
Trace(QRY.s, QRY.p)                                       // expect: POSITION(x IN y), ab7
// the names joined: GROUP_CONCAT (SQLite's, MySQL's) and STRING_AGG (PostgreSQL's) on both
HExecuteSQLQuery(QRY, "SELECT GROUP_CONCAT(Name) AS a, GROUP_CONCAT(Name, ';') AS b, STRING_AGG(Name, '/') AS c FROM (SELECT Name FROM Customer ORDER BY Name) t")
HReadFirst(QRY)
Trace(QRY.a, QRY.b, QRY.c)                                // expect: Dupont,Smyth, Dupont;Smyth, Dupont/Smyth

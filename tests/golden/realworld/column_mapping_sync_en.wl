// Column mapping loaded from a CSV file into an associative array of arrays of
// structures, then walked table by table (the style of an HFSQL -> PostgreSQL sync).
CONSTANT
	SEP = ","
END

STColMap is Structure
	schema is string
	hfsql_table is string
	pg_table is string
	hfsql_column is string
	pg_column is string
	pg_type is string
	is_pk is boolean
END

gMapping is associative array of array of STColMap

sCsv is string = [
	schema,hfsql_table,pg_table,hfsql_column,pg_column,pg_type,pk
	rh,Salarie,salarie,IDSalarie,id_salarie,bigint,1
	rh,Salarie,salarie,Nom,nom,text,0
	rh,Salarie,salarie,ModifDate,modif_date,timestamp,0
	ticket,TK_Statut,tk_statut,IDStatut,id_statut,int,1
	ticket,TK_Statut,tk_statut,Libelle,libelle,text,0
	]
sFile is string = fTempPath() + fSep() + "columns_" + GetIdentifier() + ".csv"
fSaveText(sFile, sCsv)

LoadMapping(sFile)
Trace(gMapping.Occurrence + " tables")
// expect: 2 tables
sKey is string
arrCols is array of STColMap
FOR EACH arrCols, sKey OF gMapping
	sPK is string = ""
	bModif is boolean = False
	FOR EACH col OF arrCols
		IF col.is_pk THEN sPK = col.pg_column
		IF col.pg_column = "modif_date" THEN bModif = True
	END
	Trace(StringBuild("%1 -> %2: %3 columns, key %4, %5", sKey, arrCols[1].pg_table, ...
		arrCols.Count, sPK, bModif ? "incremental" ELSE "full reload"))
END
// expect: rh.Salarie -> salarie: 3 columns, key id_salarie, incremental
// expect: ticket.TK_Statut -> tk_statut: 2 columns, key id_statut, full reload

// a key the mapping does not hold: reading it gives an empty array
arrMissing is array of STColMap = gMapping["adv.Partenaire"]
bFound is boolean = gMapping["adv.Partenaire"]..Exist
Trace("adv.Partenaire found: " + bFound + ", " + arrMissing.Count + " column(s)")
// expect: adv.Partenaire found: 0, 0 column(s)
fDelete(sFile)

PROCEDURE LoadMapping(LOCAL sPath is string)
	DeleteAll(gMapping)
	nFile is int = fOpen(sPath, foRead)
	IF nFile = -1 THEN
		Error("cannot open " + sPath + ": " + ErrorInfo())
		RETURN
	END
	sLine is string = fReadLine(nFile)	// header
	LOOP
		sLine = fReadLine(nFile)
		IF sLine = EOT THEN BREAK
		sLine = NoSpace(sLine)
		IF sLine = "" THEN CONTINUE
		col is STColMap
		col.schema       = ExtractString(sLine, 1, SEP)
		col.hfsql_table  = ExtractString(sLine, 2, SEP)
		col.pg_table     = ExtractString(sLine, 3, SEP)
		col.hfsql_column = ExtractString(sLine, 4, SEP)
		col.pg_column    = ExtractString(sLine, 5, SEP)
		col.pg_type      = ExtractString(sLine, 6, SEP)
		col.is_pk        = (ExtractString(sLine, 7, SEP) = "1")
		sTableKey is string = col.schema + "." + col.hfsql_table
		arrCurrent is array of STColMap
		WHEN EXCEPTION IN
			arrCurrent = gMapping[sTableKey]
		DO
		END
		Add(arrCurrent, col)
		gMapping[sTableKey] = arrCurrent
	END
	fClose(nFile)

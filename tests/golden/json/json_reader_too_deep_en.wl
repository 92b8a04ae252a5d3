// A jsonReader reading whole (..Value, FOR EACH x OF reader) a member nested 4,000 levels
// deep stopped with "Stack overflow" and left the reader inside it, so the next member
// was never reached. Now the value is read past, the error gives its depth and the
// 1,000-level bound (runtime/json_depth.py; decided FS 6 Dec 2026), and the loop goes on
// to the next member. The deep traversal (IN DEPTH) reads any depth. French twin
// json_lecteur_trop_profond_fr.wl.
sFile is string = fTempPath() + "\wl_deep_reader_" + GetIdentifier() + ".json"
fSaveText(sFile, "{""deep"": " + Repeat("[", 4000) + Repeat("]", 4000) + ", ""next"": {""qty"": 2}}")
r is jsonReader = JSONOpenReader(sFile)
FOR EACH r
	FOR EACH r
		WHEN EXCEPTION IN
			v is Variant = r..Value
			Trace(r..Name, "read", VariantToJSON(v))
		DO
			Trace(r..Name, ExceptionInfo(errMessage))
		END
	END
END
// expect: deep, The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
// expect: next, read, {"qty":2}
nElements is int
r = JSONOpenReader(sFile)
FOR EACH r IN DEPTH
	nElements++
END
Trace(nElements) // expect: 4003
fDelete(sFile)

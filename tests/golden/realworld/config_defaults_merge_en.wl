// A JSON configuration merged with its defaults, as a WINDEV service starts: the
// defaults built as a Variant's named sub-elements, the file read by JSONToVariant, a
// recursive procedure walking the defaults (FOR EACH ELEMENT value, key) and filling what
// the file lacks (`..Exist`), nested objects merged in turn (French twin
// fusion_config_defauts_fr.wl; passes, issue 8 FS 5 Dec late night).
vDefaults is Variant
vDefaults.server.host = "localhost"
vDefaults.server.port = 80
vDefaults.server.tls = True
vDefaults.log.level = "INFO"
vDefaults.log.max_size = 10
vDefaults.vat = 19.6
vCfg is Variant = JSONToVariant("{""server"":{""host"":""srv-prod"",""port"":8443},""log"":{""level"":""DEBUG""},""modules"":[""accounting"",""stock""],""vat"":20.0}")
Merge(vCfg, vDefaults)
Trace(vCfg.server.host, vCfg.server.port, vCfg.server.tls) // expect: srv-prod, 8443, 1
Trace(vCfg.log.level, vCfg.log.max_size) // expect: DEBUG, 10
Trace(vCfg.vat * 2) // expect: 40
Trace(vCfg.modules.Count, vCfg.modules[2]) // expect: 2, stock
Trace(vCfg.missing..Exist, vCfg.server..Exist, vCfg.server.tls..Exist) // expect: 0, 1, 1
Trace(VariantToJSON(vCfg.log)) // expect: {"level":"DEBUG","max_size":10}

PROCEDURE Merge(vTarget is Variant, vDefault is Variant)
FOR EACH ELEMENT vValue, sKey OF vDefault
	IF NOT vTarget[sKey]..Exist THEN
		vTarget[sKey] = vValue
	ELSE IF TypeVar(vValue) = wlVariant THEN
		Merge(vTarget[sKey], vValue)
	END
END

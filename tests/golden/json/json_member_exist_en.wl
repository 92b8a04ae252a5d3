// `j.server.port..Exist` on a JSON variable's member holding a number, a string or a
// boolean says whether the member is there, as on a node or on JSONToVariant's result:
// it stopped the run ("A value of type integer has no property 'Exist'"), so a settings
// file could not be tested member by member (docs/builtins.md "The JSON type"; French
// twin json_membre_existe_fr.wl).
jCfg is JSON = "{""server"":{""host"":""srv"",""port"":8443,""tls"":true},""retries"":null}"
Trace(jCfg.server.port..Exist, jCfg.server.host..Exist, jCfg.server.tls..Exist) // expect: 1, 1, 1
Trace(jCfg.server.timeout..Exist, jCfg.proxy.port..Exist, jCfg.retries..Exist) // expect: 0, 0, 1
nPort is int = 80
IF jCfg.server.port..Exist THEN nPort = jCfg.server.port
nTimeout is int = 30
IF jCfg.server.timeout..Exist THEN nTimeout = jCfg.server.timeout
Trace(nPort, nTimeout) // expect: 8443, 30
jCfg.server.timeout = 5
Trace(jCfg.server.timeout..Exist, jCfg.server.TIMEOUT..Exist) // expect: 1, 1

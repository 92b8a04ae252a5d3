// Settings read from JSON into a Variant: `..Exist` says whether an optional key is
// there before the program falls back on a default
sText is string = "{""server"":""db01"",""port"":4900,""users"":[""amélie"",""bob""],""debug"":true,""proxy"":{""host"":""px""},""note"":null}"
vConf is Variant = JSONToVariant(sText)
Trace(vConf.server, vConf.port + 1, vConf.users[1], vConf.users..Count) // expect: db01, 4901, amélie, 2
IF vConf.debug THEN Trace("debug on") // expect: debug on
nTimeout is int = 15
IF vConf.timeout..Exist THEN nTimeout = vConf.timeout
Trace(nTimeout) // expect: 15
Trace(vConf.server..Exist, vConf.port..Exist, vConf.proxy..Exist, vConf.note..Exist) // expect: 1, 1, 1, 1
Trace(vConf.proxy.host..Exist, vConf.proxy.port..Exist) // expect: 1, 0
vConf.timeout = 30
IF vConf.TIMEOUT..Exist THEN Trace("timeout " + vConf.timeout) // expect: timeout 30

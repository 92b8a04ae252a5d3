// Paramètres lus d'un JSON dans un Variant : `..Existe` dit si une clé facultative
// est là avant de prendre une valeur par défaut
sTexte est une chaîne = "{""server"":""db01"",""port"":4900,""users"":[""amélie"",""bob""],""debug"":true,""proxy"":{""host"":""px""},""note"":null}"
vConf est un Variant = JSONVersVariant(sTexte)
Trace(vConf.server, vConf.port + 1, vConf.users[1], vConf.users..Occurrence) // expect: db01, 4901, amélie, 2
SI vConf.debug ALORS Trace("debug on") // expect: debug on
nTimeout est un entier = 15
SI vConf.timeout..Existe ALORS nTimeout = vConf.timeout
Trace(nTimeout) // expect: 15
Trace(vConf.server..Existe, vConf.port..Existe, vConf.proxy..Existe, vConf.note..Existe) // expect: 1, 1, 1, 1
Trace(vConf.proxy.host..Existe, vConf.proxy.port..Existe) // expect: 1, 0
vConf.timeout = 30
SI vConf.TIMEOUT..Existe ALORS Trace("timeout " + vConf.timeout) // expect: timeout 30

// `j.serveur.port..Existe` sur un membre d'une variable JSON qui contient un nombre, une
// chaîne ou un booléen dit si le membre est là, comme sur un noeud ou sur le résultat de
// JSONVersVariant : l'exécution s'arrêtait ("A value of type integer has no property
// 'Existe'") (jumeau anglais json_member_exist_en.wl).
jCfg est un JSON = "{""serveur"":{""hote"":""srv"",""port"":8443,""tls"":true},""essais"":null}"
Trace(jCfg.serveur.port..Existe, jCfg.serveur.hote..Existe, jCfg.serveur.tls..Existe) // expect: 1, 1, 1
Trace(jCfg.serveur.delai..Existe, jCfg.proxy.port..Existe, jCfg.essais..Existe) // expect: 0, 0, 1
nPort est un entier = 80
SI jCfg.serveur.port..Existe ALORS nPort = jCfg.serveur.port
nDélai est un entier = 30
SI jCfg.serveur.delai..Existe ALORS nDélai = jCfg.serveur.delai
Trace(nPort, nDélai) // expect: 8443, 30
jCfg.serveur.delai = 5
Trace(jCfg.serveur.delai..Existe, jCfg.serveur.DÉLAI..Existe) // expect: 1, 1

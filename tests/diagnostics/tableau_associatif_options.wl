// les options d'un tableau associatif : un mot qui n'en nomme aucune est ignoré, WL207 le dit
taClients est un tableau associatif (Trié) de chaînes // warning: WL207:1 'Trié' is no option of an associative array (the options are ccIgnoreCase, ccIgnoreAccent, WithDuplicates...): it is ignored
taStock est un tableau associatif (avecDoublons + ccSansAccent) d'entiers
taNoms est un tableau associatif (SansCasse) de chaînes
taClients["a"] = "b"
taStock["é"] = 1
taNoms["Dupont"] = "x"
Trace(taClients["a"], taStock["e"], taNoms["DUPONT"])

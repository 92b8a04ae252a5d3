// une ligne commençant par Externe( appelle la procédure Externe (elle était ignorée comme EXTERNE)
EXTERNE "keyconst.wl"
Externe(2) // expect: externe 2
externe (5) // expect: externe 5
PROCÉDURE Externe(n)
Trace("externe " + n)
RENVOYER n + 1

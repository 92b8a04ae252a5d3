// A member read through a class's name with a dot: a name no member of the class has is
// WL109 in `CAuth::Unknown`'s words, at the name; a member that is not GLOBAL stays WL101
// (the class's name is no object), as before
CAuth is Class
  GLOBAL
  m_sToken is string
  LOCAL
  m_sLogin is string
END
Trace(CAuth.m_sToken)
Trace(CAuth.Unknown) // error: WL109:13 'Unknown' is neither a constant nor a global member of the class CAuth
Trace(CAuth::Unknown) // error: WL109:14 'Unknown' is neither a constant nor a global member of the class CAuth
Trace(CAuth.m_sLogin) // error: WL101:7 'CAuth' is a class or structure, not a variable

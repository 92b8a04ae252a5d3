// `:m_t` outside a method of a class stops the run where it is read, with wl check's
// words (WL101); it warned, then failed with "A string has no property 'm_t'"
Trace("before") // expect: before
FOR EACH x OF :m_t // expect error: ':m_t' is a member of the current object: only known in a method of a class
    Trace(x)
END

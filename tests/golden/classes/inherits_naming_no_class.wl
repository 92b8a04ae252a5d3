// `inherits from` with no class after it is a syntax error at it: it made a class
// inheriting from an unknown class named "from", with only a warning.
CA is Class
    inherits from // expect error: unexpected 'from'
END

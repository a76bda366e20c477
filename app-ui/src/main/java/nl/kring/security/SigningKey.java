package nl.kring.security;

/** The installation's key for signed cookies ("Aangemeld blijven", known browsers); never in the database. */
record SigningKey(String value) {

    @Override
    public String toString() {
        return "SigningKey[hidden]";
    }
}

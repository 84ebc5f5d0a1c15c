package org.yichuang.domain.catalogue;

/** Who may apply: natural persons (自然人), legal persons (法人), or both. */
public enum Audience {
    PERSON, ENTERPRISE, BOTH;

    public boolean admits(Audience wanted) {
        return wanted == null || this == BOTH || wanted == BOTH || this == wanted;
    }
}

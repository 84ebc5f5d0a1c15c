package org.yichuang.domain.catalogue;

/** Whether the item is charged and the wording of the fee (收费标准及依据). */
public record Fee(boolean charged, String description) {
    public Fee {
        description = description == null ? "" : description;
    }
}

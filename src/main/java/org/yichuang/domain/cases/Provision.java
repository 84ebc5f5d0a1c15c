package org.yichuang.domain.cases;

/** How a material was satisfied: paper at the window, an uploaded file, an e-licence (免提交), or deferred (容缺). */
public enum Provision { PAPER, UPLOAD, ELICENCE, DEFERRED }

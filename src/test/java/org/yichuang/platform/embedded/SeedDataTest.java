package org.yichuang.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yichuang.domain.clerk.Clerk;
import org.yichuang.platform.embedded.ClerkAccounts.DemoAccount;

/** The specimen data the platform seeds from its resource files (clerks.json, people.json) reads as it was written. */
class SeedDataTest {
    @Test
    void theDemoAccountsAreTheOnesTheReadmeLists() {
        assertThat(ClerkAccounts.DEMO).containsExactly(
                new DemoAccount(new Clerk("clerk01", "李明", "西安市政务服务中心", "综合受理 01 号窗口", "610000"), "yichuang01"),
                new DemoAccount(new Clerk("clerk02", "王芳", "西安市政务服务中心", "综合受理 02 号窗口", "610000"), "yichuang02"),
                new DemoAccount(new Clerk("clerk03", "赵强", "雁塔区政务服务中心", "综合受理 05 号窗口", "610000"), "yichuang03"));
    }

    @Test
    void anEnterprisesUsccFindsItsBusinessLicenceOnly() {
        People people = People.fromClassPath();
        assertThat(people.licences("91350100M000100Y43")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.type()).isEqualTo("营业执照"));
    }
}

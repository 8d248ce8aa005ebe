package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How names, descriptions and filter values are split into words for the word filters. */
class SecretFilterWordsTest {

    // The first eight rows are getmoto/moto, tests/test_secretsmanager/test_list_secrets.py,
    // test_word_splitter (moto's reading of AWS); the rest follow test_with_all_filter_special_characters
    // (@aws_verified): COMPANYthings is searchable as Ythings but not as things.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "test|test",
                "my test|my,test",
                "Mytest|mytest",
                "MyTest|my,test",
                "MyTestPhrase|my,test,phrase",
                "myTest|my,test",
                "my  test|my,test",
                "my/test|my,test",
                "ThisTestSecret|this,test,secret",
                "uat/COMPANYthings/1|uat,compan,ythings,1",
                "uat/COMPANY/1|uat,company,1",
                "SecretFTag|secret,f,tag",
                "prod_App+Beta=x.y@z-w|prod,app,beta,x,y,z,w",
                "+|''",
                "/leading/|leading"
            })
    void splitsLikeAws(String text, String expected) {
        assertThat(String.join(",", SecretFilter.words(text))).isEqualTo(expected);
    }
}
